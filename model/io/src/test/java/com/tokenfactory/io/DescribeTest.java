package com.tokenfactory.io;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DescribeTest {
    @Test
    void suggestsTheClosestKnownName() {
        assertEquals(" (did you mean 'gridMw'?)", Describe.didYouMean("gridMW", FormatFields.SITE));
        assertEquals(" (did you mean 'latitude'?)", Describe.didYouMean("lattitude", FormatFields.SITE));
        assertEquals(" (did you mean 'COMMITTED'?)", Describe.didYouMean("committed", List.of("COMMITTED", "ON_DEMAND")));
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertEquals("", Describe.didYouMean("colour", FormatFields.BOX));
        assertEquals("", Describe.didYouMean("ab", List.of("x", "y")));
    }

    @Test
    void editDistance() {
        assertEquals(0, Describe.distance("pue", "pue"));
        assertEquals(1, Describe.distance("pue", "pues"));
        assertEquals(3, Describe.distance("kitten", "sitting"));
        assertEquals(5, Describe.distance("", "hello"));
    }
}
