package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.core.calibration.CalibrationFit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How numbers, axis ticks and the roofline's points are written and placed. */
class FormattingTest {

    @Test
    void threeSignificantFiguresAndPlainMessagesForUnknowns() {
        assertEquals("0.0391", CalibrationNumbers.sig3(0.03914));
        assertEquals("1.10", CalibrationNumbers.sig3(1.1));
        assertEquals("720", CalibrationNumbers.sig3(719.6));
        assertEquals("12,345", CalibrationNumbers.sig3(12_345.2), "whole numbers keep their digits");
        assertEquals("—", CalibrationNumbers.sig3(Double.NaN));
        assertEquals("$0.090", CalibrationNumbers.usdPerMtok(0.0904));
        assertEquals("$12.40", CalibrationNumbers.usdPerMtok(12.4));
        assertEquals("+12.5%", CalibrationNumbers.change(12.5));
        assertEquals("−3.0%", CalibrationNumbers.change(-3.0));
        assertTrue(Double.isNaN(new ServiceCostChange("s", "S", Double.NaN, 1.0).changePercent()),
                "no change for a service never served");
        assertEquals(-20.0, new ServiceCostChange("s", "S", 0.05, 0.04).changePercent(), 1e-9);
    }

    @Test
    void logAxisTicksAreRoundNumbers() {
        assertEquals(List.of(0.005, 0.01, 0.02, 0.05, 0.1, 0.2), ReadableLogAxis.tickValues(0.004, 0.2));
        assertEquals(List.of(0.01, 0.1, 1.0, 10.0, 100.0, 1000.0), ReadableLogAxis.tickValues(0.005, 5000));
        assertEquals(List.of(), ReadableLogAxis.tickValues(0, 10), "a log axis has no place for zero");
        assertEquals("0.005", CalibrationNumbers.sig3Plain(0.005));
        assertEquals("20", CalibrationNumbers.sig3Plain(20.000000000000004));
        assertEquals("1,000", CalibrationNumbers.sig3Plain(1000));
    }

    @Test
    void theRooflinePlacesEachTestAtItsIntensity() {
        var run = Fixtures.cpuRun();
        CalibrationFit.Result fit = CalibrationFit.fit(run);
        RooflineModel model = RooflineModel.of(run, fit);
        for (int i = 0; i < run.shapes().size(); i++) {
            var shape = run.shapes().get(i);
            assertEquals(shape.flops() / shape.bytesMoved(), model.points().get(i).flopsPerByte(), 1e-12);
            assertEquals(shape.achievedTflops(), model.points().get(i).tflops(), 1e-12);
        }
        assertFalse(model.fittedDiffersFromCeilings(), "a CPU's ceilings are its own fitted rates");
        assertEquals(0.5, RooflineModel.attainableTflops(10, 0.5, 0.1));
        assertEquals(0.25, RooflineModel.attainableTflops(2.5, 0.5, 0.1), 1e-12);

        JFreeChart chart = RooflineChart.create(model);
        XYPlot plot = (XYPlot) chart.getPlot();
        // bandwidth ceiling, compute ceiling, fitted memory-bound, fitted compute-bound, held out
        assertEquals(5, plot.getDataset().getSeriesCount());
        double ridge = fit.calibration().devicePeakTflops() / fit.calibration().devicePeakTbps();
        assertEquals(ridge, plot.getDataset().getXValue(0, 1), 1e-12, "the bandwidth ceiling ends at the ridge point");
        assertEquals(fit.calibration().devicePeakTflops(), plot.getDataset().getYValue(1, 1), 1e-12);

        XYPlot empty = (XYPlot) RooflineChart.create(null).getPlot();
        assertEquals(0, empty.getDataset().getSeriesCount());
        assertTrue(empty.getNoDataMessage().startsWith("No measurement yet"));
    }

    @Test
    void routedExpertGemmsAreASeriesAndARowOfTheirOwn() {
        var run = Fixtures.cpuRun();
        var expert = new com.tokenfactory.core.calibration.ShapeMeasurement("experts-1.2M-m64",
                com.tokenfactory.core.calibration.ShapeKind.COMPUTE, com.tokenfactory.core.calibration.ShapeRole.REPORTED,
                "E=7 m=64 D=1024 F=384 L=2", 2.1e9, 2.1e7, 448, 13.1, 14.2, 38, 162, null, null, List.of(),
                new com.tokenfactory.core.calibration.ExpertShape(7, 64, 1_179_648));
        var shapes = new java.util.ArrayList<>(run.shapes());
        shapes.add(expert);
        var withExperts = new com.tokenfactory.core.calibration.BenchmarkRun(run.device(), run.precision(),
                run.runtime(), run.measuredOn(), run.outcome(), null, shapes, run.notes());
        XYPlot plot = (XYPlot) RooflineChart.create(RooflineModel.of(withExperts, CalibrationFit.fit(withExperts)))
                .getPlot();
        assertEquals(6, plot.getDataset().getSeriesCount());
        assertEquals(RooflineChart.EXPERTS, plot.getDataset().getSeriesKey(5));
        assertEquals("reported", MeasurementRow.of(expert).role());
        var facts = FitSummary.of(MeasurementOutcome.of(withExperts)).facts();
        assertTrue(facts.stream().anyMatch(f -> f.label().equals("Expert size curves")
                && f.value().contains("the engine's: half speed at 23M")), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.label().equals("Expert reads")
                && f.value().endsWith("(the engine's: 0.60; reported, not applied)")), facts.toString());
        assertEquals("fitted", MeasurementRow.of(run.shapes().get(0)).role());
    }

    @Test
    void evenTimingsOnTheCpuAreInformationAndUnevenOnesAWarning() {
        var run = Fixtures.cpuRun();
        var even = new com.tokenfactory.core.calibration.BenchmarkRun(run.device(), run.precision(), run.runtime(),
                run.measuredOn(), run.outcome(), null, run.shapes().stream().map(s -> new
                com.tokenfactory.core.calibration.ShapeMeasurement(s.name(), s.kind(), s.role(), s.dimensions(),
                s.flops(), s.bytesMoved(), s.tokens(), s.medianMs(), s.medianMs() * 1.05, s.runs(),
                s.sessionCreationMs(), null, null)).toList(), run.notes());
        assertEquals(StatusMessage.info("Measured 8 tests on the CPU (AMD EPYC). A CPU measurement does not describe a "
                + "GPU: only its fixed overhead carries over to the plan's GPUs."),
                BenchmarkMessages.afterRun(MeasurementOutcome.of(even)));
        assertEquals(StatusMessage.Kind.WARNING, BenchmarkMessages.afterRun(MeasurementOutcome.of(run)).kind());
    }
}
