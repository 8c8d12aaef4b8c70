package com.tokenfactory.core.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmountsTest {
    @Test
    void tokensAreWrittenInWords() {
        assertEquals("21.6 quadrillion tokens", Amounts.tokens(2.16e16));
        assertEquals("1.00 trillion tokens", Amounts.tokens(1e12));
        assertEquals("830 billion tokens", Amounts.tokens(8.3e11));
        assertEquals("2.50 million tokens", Amounts.tokens(2.5e6));
        assertEquals("12,345 tokens", Amounts.tokens(12_345));
    }
}
