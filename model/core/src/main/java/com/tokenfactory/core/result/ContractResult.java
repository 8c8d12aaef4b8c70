package com.tokenfactory.core.result;

import com.tokenfactory.core.plan.ContractKind;

/** One partner contract, month by month. */
public record ContractResult(
        String contractId,
        String name,
        String provider,
        String skuId,
        ContractKind kind,
        Series gpus,
        Series availableGpuHours,
        Series busyGpuHours,
        Series fees) {
}
