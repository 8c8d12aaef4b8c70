package com.tokenfactory.app.calibration;

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
            rows.add(new String[] {s.name(), Numbers.usdPerMtok(s.before()), Numbers.usdPerMtok(s.after()),
                    Numbers.change(s.changePercent())});
        }
        int[] width = new int[4];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < rows.size(); j++) {
            String[] r = rows.get(j);
            b.append(r[0]).append(" ".repeat(width[0] - r[0].length()));
            for (int i = 1; i < r.length; i++) {
                b.append("  ").append(" ".repeat(width[i] - r[i].length())).append(r[i]);
            }
            b.append('\n');
            if (j == 0) {
                b.append("-".repeat(width[0] + width[1] + width[2] + width[3] + 6)).append('\n');
            }
        }
        return b.toString();
    }
}
