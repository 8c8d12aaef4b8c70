package com.tokenfactory.app.gui.plan;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;

import java.util.HashSet;
import java.util.Set;

/** Fresh ids and names for elements the user adds: "site-4" / "Site 4", never one the plan already uses. */
public final class NewIds {
    private final Set<String> taken;

    private NewIds(Set<String> taken) {
        this.taken = taken;
    }

    public static NewIds of(Plan plan) {
        Set<String> taken = new HashSet<>(PlanElements.kinds(plan).keySet());
        plan.scenarios().stream().map(Scenario::id).forEach(taken::add);
        return new NewIds(taken);
    }

    /** The first free "prefix-N", N counting from 1; the id is then taken. */
    public String next(String prefix) {
        for (int n = 1; ; n++) {
            String id = prefix + "-" + n;
            if (taken.add(id)) {
                return id;
            }
        }
    }

    /** A free id close to {@code wanted}: itself, else "wanted-copy", "wanted-copy-2" … (at most 64 characters). */
    public String near(String wanted) {
        if (taken.add(wanted)) {
            return wanted;
        }
        String base = (wanted.length() > 52 ? wanted.substring(0, 52) : wanted) + "-copy";
        if (taken.add(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String id = base + "-" + n;
            if (taken.add(id)) {
                return id;
            }
        }
    }

    /** "Hall 3": the label with the first number from {@code taken.size() + 1} on that no sibling's name uses. */
    public static String freshName(String label, java.util.List<String> taken) {
        for (int n = taken.size() + 1; ; n++) {
            String name = label + " " + n;
            if (!taken.contains(name)) {
                return name;
            }
        }
    }

    /** "Site 3" for the id "site-3". */
    public static String displayName(String label, String id) {
        int dash = id.lastIndexOf('-');
        return label + " " + (dash >= 0 ? id.substring(dash + 1) : id);
    }
}
