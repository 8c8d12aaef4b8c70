package com.tokenfactory.core.plan;

import java.time.YearMonth;

/**
 * A GPU pod: {@code gpus} GPUs of one SKU installed in a hall in a month. IT capex is spent in the install month;
 * the GPUs serve from the later of install and the hall's power-on until the end of their economic life.
 */
public record GpuPod(String id, String skuId, int gpus, YearMonth install) {
    public GpuPod {
        id = Check.id(id, "id");
        skuId = Check.id(skuId, "skuId");
        Check.between(gpus, 1, 10_000_000, "gpus");
        Check.month(install, "install");
    }
}
