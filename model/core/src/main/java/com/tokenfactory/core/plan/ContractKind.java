package com.tokenfactory.core.plan;

/** How rented capacity is paid for. */
public enum ContractKind {
    /** Take-or-pay: every GPU-hour of the term is paid whether used or not. */
    COMMITTED,
    /** Pay per GPU-hour used, up to the contract's GPUs. */
    ON_DEMAND
}
