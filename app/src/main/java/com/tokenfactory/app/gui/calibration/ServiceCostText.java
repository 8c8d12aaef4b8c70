package com.tokenfactory.app.gui.calibration;

import com.tokenfactory.app.format.TextTable;

import java.util.ArrayList;
import java.util.List;

/** Each service's $/Mtok before and after a calibration, as a text table for the command line. */
public final class ServiceCostText {
    private ServiceCostText() {
    }

    public static String format(List<ServiceCostChange> services) {
        if (services.isEmpty()) {
            return "The plan has no inference service.\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Service", "$/Mtok before", "$/Mtok after", "Change"});
        for (ServiceCostChange s : services) {
            rows.add(new String[] {s.name(), CalibrationNumbers.usdPerMtok(s.before()),
                    CalibrationNumbers.usdPerMtok(s.after()), CalibrationNumbers.change(s.changePercent())});
        }
        return TextTable.render(rows, 0);
    }
}
