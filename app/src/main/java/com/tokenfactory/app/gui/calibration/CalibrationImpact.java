package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Calibration;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a calibration does to a plan: the plan before and after it is stored, and each inference service's $/Mtok
 * from two engine runs. Takes as long as two simulations of the plan; call it off the UI thread.
 *
 * @param before   the plan as it was given
 * @param after    the same plan carrying the calibration
 * @param services every inference service of the plan, in the plan's order
 */
public record CalibrationImpact(Plan before, Plan after, List<ServiceCostChange> services) {

    public CalibrationImpact {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        services = List.copyOf(services);
    }

    public static CalibrationImpact of(Plan plan, Calibration calibration) {
        Objects.requireNonNull(calibration, "calibration");
        Plan calibrated = plan.withCalibration(calibration);
        Map<String, ServiceResult> before = byId(Engine.simulate(plan));
        Map<String, ServiceResult> after = byId(Engine.simulate(calibrated));
        List<ServiceCostChange> rows = new ArrayList<>();
        for (ServiceResult b : before.values()) {
            ServiceResult a = after.get(b.serviceId());
            rows.add(new ServiceCostChange(b.serviceId(), b.name(), b.usdPerMillionTokens(),
                    a == null ? Double.NaN : a.usdPerMillionTokens()));
        }
        return new CalibrationImpact(plan, calibrated, rows);
    }

    private static Map<String, ServiceResult> byId(SimulationResult r) {
        return r.services().stream().collect(Collectors.toMap(ServiceResult::serviceId, Function.identity(),
                (x, y) -> x, java.util.LinkedHashMap::new));
    }
}
