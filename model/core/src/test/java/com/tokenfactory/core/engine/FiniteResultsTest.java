package com.tokenfactory.core.engine;

import com.tokenfactory.core.result.Series;
import com.tokenfactory.core.result.Unit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick walk and the one that names the path agree: a figure that is not allowed is always reported, by path. */
class FiniteResultsTest {
    record Probe(double figure, List<Series> series, Probe inner) {
    }

    private static Series series(double... values) {
        return Series.of(Unit.USD, values);
    }

    @Test
    void finiteFiguresPass() {
        Probe ok = new Probe(1.0, List.of(series(1, 2), series(3)), new Probe(-0.0, List.of(), null));
        assertDoesNotThrow(() -> FiniteResults.require(ok, "probe"));
    }

    @Test
    void anInfiniteComponentIsNamed() {
        Probe bad = new Probe(1.0, List.of(), new Probe(Double.POSITIVE_INFINITY, List.of(), null));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FiniteResults.require(bad, "probe"));
        assertTrue(e.getMessage().contains("Infinity for probe.inner.figure;"), e.getMessage());
    }

    @Test
    void aNaNInASeriesIsNamedByItsIndexAndMonth() {
        Probe bad = new Probe(1.0, List.of(series(1, 2), series(3, Double.NaN)), null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FiniteResults.require(bad, "probe"));
        assertTrue(e.getMessage().contains("NaN for probe.series[1][1];"), e.getMessage());
    }
}
