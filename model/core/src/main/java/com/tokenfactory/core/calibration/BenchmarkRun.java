package com.tokenfactory.core.calibration;

import com.tokenfactory.core.plan.Check;
import com.tokenfactory.core.plan.InvalidPlanException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One run of the embedded benchmark: where it ran, what it measured, how it ended.
 *
 * @param device         the device and the provider that ran the shapes
 * @param precision      number format of weights and activations, e.g. "fp16" or "fp32"
 * @param runtime        the inference runtime and its version, e.g. "ONNX Runtime 1.29.0"
 * @param measuredOn     date of the run
 * @param outcome        how the run ended
 * @param outcomeMessage what the user should read about the ending (required unless completed)
 * @param shapes         the shapes measured, in the order they ran
 * @param notes          anything else the user should know (skipped shapes, power not measured, quick mode)
 */
public record BenchmarkRun(
        DeviceInfo device,
        String precision,
        String runtime,
        LocalDate measuredOn,
        RunOutcome outcome,
        String outcomeMessage,
        List<ShapeMeasurement> shapes,
        List<String> notes) {

    public BenchmarkRun {
        Check.present(device, "device");
        precision = Check.text(precision, "precision");
        runtime = Check.text(runtime, "runtime");
        Check.present(measuredOn, "measuredOn");
        Check.month(java.time.YearMonth.from(measuredOn), "measuredOn");
        Check.present(outcome, "outcome");
        outcomeMessage = Check.optionalText(outcomeMessage);
        if (outcome != RunOutcome.COMPLETED && outcomeMessage == null) {
            throw new InvalidPlanException("outcomeMessage", "is required when the outcome is " + outcome);
        }
        shapes = Check.list(shapes, "shapes");
        if (outcome == RunOutcome.COMPLETED && shapes.isEmpty()) {
            throw new InvalidPlanException("shapes", "a completed run must hold at least one measured shape");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < shapes.size(); i++) {
            if (!names.add(shapes.get(i).name())) {
                throw new InvalidPlanException("shapes[" + i + "].name", "duplicate shape name '" + shapes.get(i).name() + "'");
            }
        }
        notes = Check.list(notes, "notes").stream().map(n -> Check.text(n, "notes")).toList();
    }

    /** The shapes of one kind and role, in run order. */
    public List<ShapeMeasurement> shapes(ShapeKind kind, ShapeRole role) {
        return shapes.stream().filter(s -> s.kind() == kind && s.role() == role).toList();
    }
}
