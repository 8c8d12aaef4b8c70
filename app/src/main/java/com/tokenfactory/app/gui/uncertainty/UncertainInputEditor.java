package com.tokenfactory.app.gui.uncertainty;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.plan.Correlation;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.core.plan.Uncertainty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The form that adds, edits and removes an uncertain input's distribution and the correlations between inputs, in the
 * Uncertainty tab. Its fields are text as typed; {@link #apply()} parses and checks them and changes the plan as one
 * undoable edit, or leaves it as it was and says, in one line naming the field, what is wrong.
 */
public final class UncertainInputEditor {
    /** The kinds of distribution the form offers, with the names of their parameters in the form's order. */
    public enum Kind {
        TRIANGULAR("Triangular", List.of("Min", "Most likely", "Max")),
        PERT("PERT", List.of("Min", "Most likely", "Max")),
        NORMAL("Normal (truncated)", List.of("Mean", "Standard deviation", "Lower bound", "Upper bound")),
        LOG_NORMAL("Log-normal (truncated)", List.of("Median", "Sigma of ln", "Lower bound", "Upper bound")),
        UNIFORM("Uniform", List.of("Min", "Max")),
        DISCRETE("Discrete", List.of("Values", "Probabilities"));

        private final String label;
        private final List<String> parameters;

        Kind(String label, List<String> parameters) {
            this.label = label;
            this.parameters = parameters;
        }

        /** What each parameter field is called on the form; bounds of the truncated kinds may be left empty. */
        public List<String> parameters() {
            return parameters;
        }

        @Override
        public String toString() {
            return label;
        }

        static Kind of(Distribution d) {
            if (d instanceof Distribution.Triangular) {
                return TRIANGULAR;
            } else if (d instanceof Distribution.Pert) {
                return PERT;
            } else if (d instanceof Distribution.Normal) {
                return NORMAL;
            } else if (d instanceof Distribution.LogNormal) {
                return LOG_NORMAL;
            } else if (d instanceof Distribution.Uniform) {
                return UNIFORM;
            }
            return DISCRETE;
        }
    }

    /** The distributions' own field names, as their checks name them, to the form's words. */
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(Map.entry("min", "Min"),
            Map.entry("mode", "Most likely"), Map.entry("max", "Max"), Map.entry("mean", "Mean"),
            Map.entry("sd", "Standard deviation"), Map.entry("median", "Median"), Map.entry("sigma", "Sigma of ln"),
            Map.entry("lower", "Lower bound"), Map.entry("upper", "Upper bound"), Map.entry("values", "Values"),
            Map.entry("probabilities", "Probabilities"), Map.entry("id", "Id"), Map.entry("name", "Name"),
            Map.entry("target", "Applies to"), Map.entry("rankCorrelation", "Rank correlation"),
            Map.entry("second", "Second input"), Map.entry("first", "First input"));

    private final PlanDocument document;
    /** The id of the input being edited; null while the form adds a new one. */
    private String editing;

    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Lever> lever = new SimpleObjectProperty<>(this, "lever", Lever.DEMAND_LEVEL);
    /** The element the lever moves; "" for every element it applies to. */
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.TRIANGULAR);
    private final List<StringProperty> parameters = List.of(new SimpleStringProperty(this, "p1", ""),
            new SimpleStringProperty(this, "p2", ""), new SimpleStringProperty(this, "p3", ""),
            new SimpleStringProperty(this, "p4", ""));
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public UncertainInputEditor(PlanDocument document) {
        this.document = document;
    }

    /** Clears the form for a new input. */
    public void startNew() {
        editing = null;
        id.set("");
        name.set("");
        lever.set(Lever.DEMAND_LEVEL);
        target.set("");
        kind.set(Kind.TRIANGULAR);
        parameters.forEach(p -> p.set(""));
        source.set("");
        message.set("");
    }

    /** Fills the form with the plan's input {@code inputId}; false when the plan has none of that id. */
    public boolean edit(String inputId) {
        Optional<UncertainInput> found = document.getPlan().uncertainty().inputs().stream()
                .filter(i -> i.id().equals(inputId)).findFirst();
        if (found.isEmpty()) {
            return false;
        }
        UncertainInput in = found.get();
        editing = in.id();
        id.set(in.id());
        name.set(in.name());
        lever.set(in.lever());
        target.set(in.target() == null ? "" : in.target());
        kind.set(Kind.of(in.distribution()));
        List<String> values = parameterTexts(in.distribution());
        for (int i = 0; i < parameters.size(); i++) {
            parameters.get(i).set(i < values.size() ? values.get(i) : "");
        }
        source.set(in.source() == null ? "" : in.source());
        message.set("");
        return true;
    }

    private static List<String> parameterTexts(Distribution d) {
        if (d instanceof Distribution.Triangular t) {
            return List.of(n(t.min()), n(t.mode()), n(t.max()));
        } else if (d instanceof Distribution.Pert p) {
            return List.of(n(p.min()), n(p.mode()), n(p.max()));
        } else if (d instanceof Distribution.Normal x) {
            return List.of(n(x.mean()), n(x.sd()), n(x.lower()), n(x.upper()));
        } else if (d instanceof Distribution.LogNormal x) {
            return List.of(n(x.median()), n(x.sigma()), n(x.lower()), n(x.upper()));
        } else if (d instanceof Distribution.Uniform u) {
            return List.of(n(u.min()), n(u.max()));
        }
        Distribution.Discrete x = (Distribution.Discrete) d;
        return List.of(String.join(", ", x.values().stream().map(UncertainInputEditor::n).toList()),
                String.join(", ", x.probabilities().stream().map(UncertainInputEditor::n).toList()));
    }

    private static String n(Double v) {
        return v == null ? "" : Numbers.editable(v);
    }

    /** The elements the chosen lever may move ("" first: every one), for the "Applies to" choice. */
    public List<String> targets() {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(lever.get().targets(document.getPlan()));
        return out;
    }

    /**
     * Adds the input (or replaces the one being edited) as one undoable edit. Returns false and sets
     * {@link #messageProperty()} to one line naming the field when a field is wrong; the plan is then unchanged.
     */
    public boolean apply() {
        UncertainInput input;
        try {
            Distribution d = distribution();
            String newId = id.get().strip();
            input = new UncertainInput(newId, name.get().isBlank() ? defaultName() : name.get().strip(), lever.get(),
                    target.get().isBlank() ? null : target.get().strip(), d,
                    source.get().isBlank() ? null : source.get().strip());
        } catch (InvalidPlanException e) {
            return refuse(e);
        } catch (FieldException e) {
            message.set(e.getMessage());
            return false;
        }
        String was = editing;
        Plan plan = document.getPlan();
        Uncertainty u = plan.uncertainty();
        List<UncertainInput> inputs = new ArrayList<>(u.inputs());
        if (was == null) {
            if (inputs.stream().anyMatch(i -> i.id().equals(input.id()))) {
                message.set("Id: the plan has an uncertain input '" + input.id() + "' already; choose another id or edit it");
                return false;
            }
            inputs.add(input);
        } else {
            inputs.replaceAll(i -> i.id().equals(was) ? input : i);
        }
        // a renamed input keeps its correlations
        List<Correlation> correlations = u.correlations().stream().map(c -> was == null ? c : new Correlation(
                c.first().equals(was) ? input.id() : c.first(), c.second().equals(was) ? input.id() : c.second(),
                c.rankCorrelation())).toList();
        Plan changed;
        try {
            changed = plan.withUncertainty(new Uncertainty(inputs, correlations, u.regimes()));
        } catch (InvalidPlanException e) {
            return refuse(e);
        }
        document.apply(PlanEdit.of((was == null ? "Add uncertain input " : "Edit uncertain input ") + input.name(),
                p -> changed));
        editing = input.id();
        message.set((was == null ? "Added " : "Changed ") + input.name() + ": P10 " + fmt(input, 0.10) + ", P90 "
                + fmt(input, 0.90) + " (Undo takes it back).");
        return true;
    }

    private String defaultName() {
        String t = target.get().strip();
        return lever.get().label() + (t.isEmpty() ? "" : " of " + t);
    }

    private static String fmt(UncertainInput in, double p) {
        return Numbers.plain(in.distribution().quantile(p), 3) + " " + in.lever().unit();
    }

    /** Removes the plan's input {@code inputId} and the correlations that name it, as one undoable edit. */
    public boolean remove(String inputId) {
        Plan plan = document.getPlan();
        Uncertainty u = plan.uncertainty();
        Optional<UncertainInput> found = u.inputs().stream().filter(i -> i.id().equals(inputId)).findFirst();
        if (found.isEmpty()) {
            message.set("The plan has no uncertain input '" + inputId + "'.");
            return false;
        }
        List<UncertainInput> inputs = u.inputs().stream().filter(i -> !i.id().equals(inputId)).toList();
        List<Correlation> correlations = u.correlations().stream()
                .filter(c -> !c.first().equals(inputId) && !c.second().equals(inputId)).toList();
        Uncertainty next = new Uncertainty(inputs, correlations, u.regimes());
        document.apply(PlanEdit.of("Remove uncertain input " + found.get().name(), p -> p.withUncertainty(next)));
        int dropped = u.correlations().size() - correlations.size();
        message.set("Removed " + found.get().name() + (dropped == 0 ? "" : " and its " + Numbers.plural(dropped,
                "correlation")) + " (Undo takes it back).");
        if (inputId.equals(editing)) {
            editing = null;
        }
        return true;
    }

    /**
     * Sets the rank correlation between two inputs (typed as -1 to 1; empty or 0 removes it) as one undoable edit.
     * Returns false with one line naming the field when the value is not a number or the correlations together are
     * impossible.
     */
    public boolean correlate(String first, String second, String rankCorrelation) {
        if (first == null || second == null) {
            message.set("Correlation: choose two uncertain inputs.");
            return false;
        }
        double rho;
        try {
            rho = rankCorrelation == null || rankCorrelation.isBlank() ? 0 : Numbers.parse(rankCorrelation);
        } catch (IllegalArgumentException e) {
            message.set("Rank correlation: '" + rankCorrelation.strip() + "' is not a number (type −1 to 1, e.g. 0.5)");
            return false;
        }
        Plan plan = document.getPlan();
        Uncertainty u = plan.uncertainty();
        List<Correlation> correlations = new ArrayList<>(u.correlations().stream()
                .filter(c -> !(c.first().equals(first) && c.second().equals(second)
                        || c.first().equals(second) && c.second().equals(first))).toList());
        Plan changed;
        try {
            if (rho != 0) {
                correlations.add(new Correlation(first, second, rho));
            }
            changed = plan.withUncertainty(new Uncertainty(u.inputs(), correlations, u.regimes()));
        } catch (InvalidPlanException e) {
            return refuse(e);
        }
        String what = rho == 0 ? "Uncorrelate " + first + " and " + second
                : "Correlate " + first + " and " + second + " at " + Numbers.plain(rho, 2);
        document.apply(PlanEdit.of(what, p -> changed));
        message.set(what + " (Undo takes it back).");
        return true;
    }

    /** The ids of the plan's uncertain inputs, for the correlation's two choices. */
    public List<String> inputIds() {
        return document.getPlan().uncertainty().inputs().stream().map(UncertainInput::id).toList();
    }

    /** The plan the form edits; changes with every edit, undo and opening. */
    public ReadOnlyObjectProperty<Plan> planProperty() {
        return document.planProperty();
    }

    /** One row per correlation of the plan: "demand-growth ~ price-decline: +0.50". */
    public List<String> correlations() {
        return document.getPlan().uncertainty().correlations().stream().map(c -> c.first() + " ~ " + c.second() + ": "
                + (c.rankCorrelation() < 0 ? Numbers.MINUS : "+") + String.format(Locale.ROOT, "%.2f",
                Math.abs(c.rankCorrelation()))).toList();
    }

    private Distribution distribution() {
        return switch (kind.get()) {
            case TRIANGULAR -> new Distribution.Triangular(number(0), number(1), number(2));
            case PERT -> new Distribution.Pert(number(0), number(1), number(2));
            case NORMAL -> new Distribution.Normal(number(0), number(1), optional(2), optional(3));
            case LOG_NORMAL -> new Distribution.LogNormal(number(0), number(1), optional(2), optional(3));
            case UNIFORM -> new Distribution.Uniform(number(0), number(1));
            case DISCRETE -> new Distribution.Discrete(numbers(0), numbers(1));
        };
    }

    private String label(int index) {
        return kind.get().parameters().get(index);
    }

    private double number(int index) {
        String text = parameters.get(index).get().strip();
        if (text.isEmpty()) {
            throw new FieldException(label(index) + ": enter a number");
        }
        try {
            return Numbers.parse(text);
        } catch (IllegalArgumentException e) {
            throw new FieldException(label(index) + ": '" + text + "' is not a number");
        }
    }

    private Double optional(int index) {
        return parameters.get(index).get().isBlank() ? null : number(index);
    }

    private List<Double> numbers(int index) {
        String text = parameters.get(index).get().strip();
        if (text.isEmpty()) {
            throw new FieldException(label(index) + ": enter numbers separated by commas or spaces, e.g. 0, 6, 12");
        }
        List<Double> out = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                out.add(part.endsWith("%") ? Numbers.parse(part.substring(0, part.length() - 1)) / 100
                        : Numbers.parse(part));
            } catch (IllegalArgumentException e) {
                throw new FieldException(label(index) + ": '" + part + "' is not a number");
            }
        }
        return out;
    }

    /** The check's field (e.g. "mode", or "uncertainty.inputs[2].target") in the form's words, and its detail. */
    private boolean refuse(InvalidPlanException e) {
        String field = e.field();
        int dot = field.lastIndexOf('.');
        String last = dot < 0 ? field : field.substring(dot + 1);
        String bracketless = last.replaceAll("\\[\\d+]$", "");
        message.set(FIELD_NAMES.getOrDefault(bracketless, field) + ": " + e.detail());
        return false;
    }

    /** A field of the form that is not even a number. */
    private static final class FieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FieldException(String message) {
            super(message, null, false, false);
        }
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Lever> leverProperty() {
        return lever;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** The parameter fields in {@link Kind#parameters()} order; those the kind does not use are ignored. */
    public StringProperty parameter(int index) {
        return parameters.get(index);
    }

    public StringProperty sourceProperty() {
        return source;
    }

    /** The outcome of the last action: what changed, or one line naming the field that is wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The id of the input being edited, or null while the form adds one. */
    public String editing() {
        return editing;
    }
}
