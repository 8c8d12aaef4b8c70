package com.tokenfactory.app.gui.properties;

import com.tokenfactory.core.catalog.KnownModels;
import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.app.gui.document.Selection;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.app.gui.plan.PlanChanges;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.app.gui.plan.RecordCopy;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.ModelShape;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.Workload;
import com.tokenfactory.core.result.SimulationResult;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The property editor's model: which element it edits (the primary selection, when its kind belongs to this
 * editor), the form's fields and their current values, and commits. A commit is one undoable edit named after the
 * field; a value the model refuses leaves the plan alone and comes back as the reason, in the field's own unit.
 */
public final class PropertiesViewModel {
    /** Certifications offered even when no element of the plan uses them yet. */
    public static final List<String> COMMON_CERTIFICATIONS = List.of("EU Data Boundary", "FedRAMP High",
            "FedRAMP Moderate", "HIPAA", "ISO 27001", "PCI DSS", "SOC 2");

    private final PlanDocument document;
    private final Predicate<ElementKind> shown;
    private final ReadOnlyObjectWrapper<String> elementId = new ReadOnlyObjectWrapper<>(this, "elementId");
    private final ReadOnlyObjectWrapper<ElementKind> kind = new ReadOnlyObjectWrapper<>(this, "kind");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText");
    private final ObjectProperty<SimulationResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObservableList<String> facts = FXCollections.observableArrayList();
    private final Selection selection;

    public PropertiesViewModel(PlanDocument document, Selection selection, Predicate<ElementKind> shown) {
        this.document = document;
        this.selection = selection;
        this.shown = shown;
        InvalidationListener refresh = this::refresh;
        document.planProperty().addListener(refresh);
        selection.primaryProperty().addListener(refresh);
        selection.ids().addListener(refresh);
        result.addListener(refresh);
        refresh(null);
    }

    private void refresh(Observable ignored) {
        Plan plan = document.getPlan();
        String primary = selection.getPrimary();
        ElementKind k = primary == null ? null : PlanElements.kind(plan, primary).orElse(null);
        if (k == null || !shown.test(k) || selection.ids().size() > 1) {
            elementId.set(null);
            kind.set(null);
            title.set(null);
            facts.clear();
            emptyText.set(selection.ids().size() > 1 ? selection.ids().size() + " elements selected"
                    : "Select an element to see and edit its figures.");
            return;
        }
        kind.set(k);
        elementId.set(primary);
        title.set(PlanElements.name(plan, primary));
        facts.setAll(ElementFacts.of(plan, primary, k, result.get()));
    }

    public List<FormSection> sections() {
        return kind.get() == null ? List.of() : ElementForms.of(kind.get());
    }

    /** The field's current value (null for an empty optional field). */
    public Object value(FieldSpec field) {
        return RecordCopy.get(ModelServingFields.filled(PlanChanges.element(document.getPlan(), elementId.get()),
                field.path()), field.path());
    }

    public String text(FieldSpec field) {
        return field.type().format(value(field));
    }

    /**
     * Sets the field from what the user typed or chose.
     *
     * @return the reason the value was refused, or empty when it was taken (or changed nothing)
     */
    public Optional<String> commit(FieldSpec field, Object input) {
        String id = elementId.get();
        if (id == null || field.type() == FieldType.READ_ONLY) {
            return Optional.empty();
        }
        Object parsed;
        try {
            parsed = field.type().parse(input);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        // a known model is its shape with the service's own precision and context
        Object value = parsed instanceof KnownModels.KnownModel known ? known.applyTo((ModelShape) value(field))
                : parsed;
        if (java.util.Objects.equals(value, value(field))
                || field.type().textual() && field.type().format(value).equals(text(field))) {
            return Optional.empty(); // unchanged, also when a percentage reads back a hair off in binary
        }
        String editName = "Change " + Numbers.inSentence(field.label()) + " of " + title.get();
        try {
            document.apply(PlanEdit.of(editName,
                    plan -> PlanChanges.updateElement(plan, id,
                            r -> RecordCopy.with(ModelServingFields.filled(r, field.path()), field.path(), value))));
            return Optional.empty();
        } catch (InvalidPlanException e) {
            String detail = field.type().percent() ? PercentMessages.inPercent(e.detail()) : e.detail();
            return Optional.of(otherField(field, e.field()).map(label -> label + " " + detail).orElse(detail));
        }
    }

    /**
     * The form's label of the field a refusal names when that is not the edited one (raising experts per token
     * above the routed experts is refused by the experts' check; a latent KV cache by the model's KV heads, one level
     * up), so the line under the field says whose limit it is; empty when the refusal is about the edited field itself.
     * The named field is looked for beside the edited one, then beside each object that holds it.
     */
    private Optional<String> otherField(FieldSpec edited, String refused) {
        String own = edited.path().substring(edited.path().lastIndexOf('.') + 1);
        if (refused == null || refused.equals(own) || refused.contains(".")) {
            return Optional.empty();
        }
        for (String parent = edited.path(); parent.contains("."); ) {
            parent = parent.substring(0, parent.lastIndexOf('.'));
            Optional<String> label = labelAt(parent + "." + refused);
            if (label.isPresent()) {
                return label;
            }
        }
        return labelAt(refused);
    }

    /** The form's label of the field at a path, if the form shows one there. */
    private Optional<String> labelAt(String path) {
        return sections().stream().flatMap(s -> s.fields().stream()).filter(f -> f.path().equals(path))
                .map(FieldSpec::label).findFirst();
    }

    /** What an empty optional field stands for, e.g. "= 2024-06" (the field's help says why). */
    public Optional<String> placeholder(FieldSpec field) {
        Plan plan = document.getPlan();
        String id = elementId.get();
        if (id == null || !field.type().optional()) {
            return Optional.empty();
        }
        if (kind.get() == ElementKind.HALL && field.path().equals("energization")) {
            return PlanElements.hall(plan, id).map(p -> "= " + p.hall().constructionStart()
                    .plusMonths(p.hall().buildMonths()));
        }
        if (kind.get() == ElementKind.HALL && field.path().equals("facilityCapexUsd")) {
            return PlanElements.hall(plan, id).map(p -> "= " + Numbers.editable(
                    p.site().facilityCostUsdPerMw() * p.hall().criticalItMw()));
        }
        if (kind.get() == ElementKind.SERVICE && field.path().equals("model.headDim")) {
            return PlanElements.service(plan, id).map(s -> "= " + Numbers.editable(s.model().hiddenSizePerHead()));
        }
        if (field.path().equals("priceDeclinePerYear")) {
            return Optional.of("= " + FieldType.PERCENT.format(plan.assumptions().tokenPriceDeclinePerYear()));
        }
        return Optional.of("blank");
    }

    /** The catalog's SKUs, for SKU choices. */
    public List<HardwareSku> skus() {
        return document.getPlan().catalog();
    }

    /** Certifications used anywhere in the plan, plus the common ones. */
    public SortedSet<String> knownCertifications() {
        Plan plan = document.getPlan();
        SortedSet<String> all = new TreeSet<>(COMMON_CERTIFICATIONS);
        plan.sites().stream().map(Site::certifications).forEach(all::addAll);
        plan.partners().stream().map(PartnerCloud::certifications).forEach(all::addAll);
        plan.workloads().stream().map(Workload::requiredCertifications).forEach(all::addAll);
        return all;
    }

    public ReadOnlyObjectProperty<String> elementIdProperty() {
        return elementId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ElementKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the editor says when it shows no element. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ObservableList<String> facts() {
        return facts;
    }

    /** The latest simulation result, for facts that need it. */
    public ObjectProperty<SimulationResult> resultProperty() {
        return result;
    }

    public PlanDocument document() {
        return document;
    }
}
