package com.tokenfactory.core.calibration;

import com.tokenfactory.core.catalog.BuiltInCatalog;
import com.tokenfactory.core.plan.HardwareSku;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeviceCeilingsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            // names as nvidia-smi --query-gpu=name and rocm-smi print them
            "NVIDIA H100 80GB HBM3, H100-SXM",
            "NVIDIA H100, H100-SXM",
            "NVIDIA H100 PCIe, none",
            "NVIDIA H100 NVL, none",
            "NVIDIA H200, H200-SXM",
            "NVIDIA H200 NVL, none",
            "NVIDIA B200, B200",
            "NVIDIA GB200, GB200-NVL72",
            "AMD Instinct MI300X, MI300X",
            "NVIDIA GeForce RTX 4090 Laptop GPU, none",
            "NVIDIA A100-SXM4-80GB, none",
            "Apple M3 Max, none",
            "AMD EPYC 7B13, none"})
    void recognisesExactlyTheCatalogParts(String deviceName, String expectedSku) {
        assertEquals(Optional.ofNullable(expectedSku), DeviceCeilings.recognise(deviceName).map(HardwareSku::id));
    }

    @org.junit.jupiter.api.Test
    void ceilingsOfARecognisedGpuAreItsDatasheetPeaks() {
        DeviceInfo h200 = new DeviceInfo("NVIDIA H200", DeviceInfo.CUDA, 150_754_820_096L, 700.0, null);
        DeviceCeilings c = DeviceCeilings.forDevice(h200).orElseThrow();
        assertEquals(BuiltInCatalog.H200.bf16Tflops().value(), c.peakTflops());
        assertEquals(4.8, c.peakTbps());
        assertEquals("H200-SXM", c.skuId());
    }
}
