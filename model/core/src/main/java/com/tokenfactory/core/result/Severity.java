package com.tokenfactory.core.result;

/** How much a plan problem matters. */
public enum Severity {
    /** The plan cannot be built or run as drawn (over power, SKU not yet available, nobody may run a workload). */
    ERROR,
    /** The plan runs, but not as the user probably intends (unserved demand, late training, dark GPUs). */
    WARNING,
    /** Worth knowing (a model that does not fit one of the SKUs). */
    INFO
}
