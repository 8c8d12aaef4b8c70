package com.tokenfactory.core.calibration;

import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.plan.Check;
import com.tokenfactory.core.plan.HardwareSku;

import java.util.Locale;
import java.util.Optional;

/**
 * The peaks a calibration's efficiencies are fractions of.
 *
 * @param peakTflops dense 16-bit peak, TFLOP/s
 * @param peakTbps   memory bandwidth peak, TB/s
 * @param skuId      catalog SKU the peaks come from; null when they come from the measurement itself
 * @param source     where the peaks come from, in words
 */
public record DeviceCeilings(double peakTflops, double peakTbps, String skuId, String source) {

    public DeviceCeilings {
        Check.positive(peakTflops, "peakTflops");
        Check.positive(peakTbps, "peakTbps");
        skuId = Check.optionalText(skuId);
        source = Check.text(source, "source");
    }

    /** The catalog's datasheet peaks of a SKU: dense BF16 (equal to dense FP16 on these parts) and HBM bandwidth. */
    public static DeviceCeilings of(HardwareSku sku) {
        return new DeviceCeilings(sku.bf16Tflops().value(), sku.hbmTbps().value(), sku.id(),
                "datasheet peaks of " + sku.name() + " from the built-in catalog (" + sku.bf16Tflops().source() + ")");
    }

    /** Peaks from the built-in catalog when the device is a GPU the catalog knows; empty otherwise. */
    public static Optional<DeviceCeilings> forDevice(DeviceInfo device) {
        if (device.isCpu()) {
            return Optional.empty();
        }
        return recognise(device.name()).map(DeviceCeilings::of);
    }

    /**
     * The built-in SKU a driver-reported device name denotes. Only exact parts are recognised: an H100 PCIe or
     * H100 NVL (lower clocks, power and bandwidth than the SXM module) is not taken for the H100 SXM, nor an H200
     * NVL for the H200 SXM.
     */
    public static Optional<HardwareSku> recognise(String deviceName) {
        if (deviceName == null) {
            return Optional.empty();
        }
        String n = deviceName.toUpperCase(Locale.ROOT);
        boolean variant = n.contains("PCIE") || n.contains("NVL");
        String id = null;
        if (n.contains("GB200")) {
            id = BuiltInCatalog.GB200.id();
        } else if (n.contains("B200")) {
            id = BuiltInCatalog.B200.id();
        } else if (n.contains("H200") && !variant) {
            id = BuiltInCatalog.H200.id();
        } else if (n.contains("H100") && !variant) {
            id = BuiltInCatalog.H100.id();
        } else if (n.contains("MI300X")) {
            id = BuiltInCatalog.MI300X.id();
        }
        return id == null ? Optional.empty() : BuiltInCatalog.find(id);
    }
}
