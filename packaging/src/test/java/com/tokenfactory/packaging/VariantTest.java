package com.tokenfactory.packaging;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VariantTest {
    @Test
    void namesAndOtherPackage() {
        assertEquals(Variant.STANDARD, Variant.of("standard"));
        assertEquals(Variant.GPU, Variant.of("GPU"));
        assertEquals(Variant.GPU, Variant.of("cuda"));
        assertThrows(IllegalArgumentException.class, () -> Variant.of("rocm"));
        assertEquals("token-factory-planner-gpu", Variant.STANDARD.otherLinuxPackage());
        assertEquals("token-factory-planner", Variant.GPU.otherLinuxPackage());
    }

    @Test
    void thereIsNoGpuVariantForMacOs() {
        assertThrows(IllegalArgumentException.class, () -> Variant.GPU.checkFor(Platform.MAC));
        Variant.GPU.checkFor(Platform.LINUX);
        Variant.GPU.checkFor(Platform.WINDOWS);
        Variant.STANDARD.checkFor(Platform.MAC);
    }
}
