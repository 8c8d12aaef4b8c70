package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.core.calibration.CalibrationFit;
import com.tokenfactory.core.calibration.ExpertGemms;
import com.tokenfactory.core.engine.Efficiencies;
import com.tokenfactory.core.plan.Calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * The fit in words for the screen: a headline, labelled figures, and every note of the run and of the fit.
 *
 * @param headline one sentence: the calibration in short, or why there is none
 * @param facts    labelled figures (ceilings, efficiencies, overhead, held-out checks, the routed experts' GEMMs where
 *                 measured, power); empty without a fit
 * @param notes    the run's notes, then the calibration's
 */
public record FitSummary(String headline, List<Fact> facts, List<String> notes) {

    /** A label and its value, e.g. "Step overhead" and "0.044 ms per step". */
    public record Fact(String label, String value) {
    }

    public FitSummary {
        facts = List.copyOf(facts);
        notes = List.copyOf(notes);
    }

    public static FitSummary of(MeasurementOutcome outcome) {
        List<String> notes = new ArrayList<>(outcome.run().notes());
        CalibrationFit.Result fit = outcome.fit();
        if (fit == null) {
            String why = outcome.fitProblem() != null ? outcome.fitProblem() : outcome.run().outcomeMessage();
            return new FitSummary("No calibration: " + why, List.of(), notes);
        }
        Calibration c = fit.calibration();
        if (c.notes() != null) {
            notes.add(c.notes());
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Ceilings", CalibrationNumbers.sig3(c.devicePeakTflops()) + " TFLOP/s, "
                + CalibrationNumbers.sig3(c.devicePeakTbps()) + " TB/s: " + fit.ceilings().source()));
        facts.add(new Fact("Compute efficiency", CalibrationNumbers.fraction(c.computeEfficiency())
                + " of the ceiling (achieved " + CalibrationNumbers.sig3(fit.achievedComputeTflops()) + " TFLOP/s)"));
        facts.add(new Fact("Memory efficiency", CalibrationNumbers.fraction(c.memoryEfficiency())
                + " of the ceiling (achieved " + CalibrationNumbers.sig3(fit.achievedBandwidthTbps()) + " TB/s)"));
        facts.add(new Fact("Step overhead", CalibrationNumbers.sig3(c.stepOverheadMs()) + " ms per step"));
        for (CalibrationFit.HeldOutCheck h : fit.heldOut()) {
            facts.add(new Fact("Held-out test", h.shape() + ": predicted " + CalibrationNumbers.sig3(h.predictedMs())
                    + " ms, measured " + CalibrationNumbers.sig3(h.measuredMs()) + " ms ("
                    + CalibrationNumbers.percent(h.errorPercent()) + " off)"));
        }
        facts.add(new Fact("Fit error", CalibrationNumbers.percent(c.heldOutErrorPercent())
                + " at worst on the tests the fit did not see"));
        fit.expertGemms().ifPresent(e -> {
            facts.add(new Fact("Expert size curves", e.curvesText() + " ("
                    + ExpertGemms.engineCurveText(Efficiencies.expertHalfSpeedParamsSource().value())
                    + "; reported, not applied)"));
            facts.add(new Fact("Expert reads", e.readsText() + " ("
                    + ExpertGemms.engineReadText(Efficiencies.expertReadEfficiencySource().value())
                    + "; reported, not applied)"));
        });
        facts.add(new Fact("Power", c.computeBoundPowerFraction() == null && c.memoryBoundPowerFraction() == null
                ? "not measured; the plan keeps its assumed power fractions"
                : "compute-bound " + powerText(c.computeBoundPowerFraction()) + ", memory-bound "
                + powerText(c.memoryBoundPowerFraction()) + " of the power limit"));
        String headline = "Compute efficiency " + CalibrationNumbers.fraction(c.computeEfficiency())
                + ", memory efficiency " + CalibrationNumbers.fraction(c.memoryEfficiency())
                + ", overhead " + CalibrationNumbers.sig3(c.stepOverheadMs())
                + " ms; fit error " + CalibrationNumbers.percent(c.heldOutErrorPercent()) + " on held-out tests.";
        return new FitSummary(headline, facts, notes);
    }

    private static String powerText(Double fraction) {
        return fraction == null ? "not measured" : CalibrationNumbers.fraction(fraction);
    }
}
