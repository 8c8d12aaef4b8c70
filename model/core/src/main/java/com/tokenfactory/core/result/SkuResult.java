package com.tokenfactory.core.result;

/** One SKU across the fleet, month by month. */
public record SkuResult(
        String skuId,
        String name,
        Series gpusOwned,
        Series gpusRented,
        Series capexIt,
        Series depreciation,
        Series busyGpuHours) {
}
