package com.tokenfactory.app.gui.workloads;

import com.tokenfactory.charts.table.ThroughputColumns;
import com.tokenfactory.core.result.ThroughputEstimate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * How the engine serves every service on each SKU: parallel layout, math precision, decode batch and what bound it,
 * step time, time per output token, time to first token and input and output tokens per second per GPU — the same
 * columns ({@link ThroughputColumns}) as {@code tokenfactory run --throughput} and the report — so a number on the
 * dashboard can be checked by hand. The selected services' rows are selected.
 */
public final class ThroughputView extends VBox {
    private final WorkloadsViewModel vm;
    private final TableView<ThroughputEstimate> table;
    /** Whether the columns are as wide as the headers and figures now shown (measured again when the rows change). */
    private boolean columnsFitted;

    public ThroughputView(WorkloadsViewModel vm) {
        super(6);
        this.vm = vm;
        getStyleClass().add("throughput");
        Label heading = new Label("Throughput the engine chose");
        heading.getStyleClass().add("section-title");
        // one line, so the table keeps the room at 1280 × 800; what each column means is on the note's tooltip
        Label note = new Label(ThroughputColumns.SUMMARY + " Point here for what each column means.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip meanings = new javafx.scene.control.Tooltip(ThroughputColumns.COLUMN_MEANINGS);
        meanings.setWrapText(true);
        meanings.setMaxWidth(520);
        note.setTooltip(meanings);
        note.setId("throughput-note");
        table = new TableView<>(vm.throughput());
        table.setFixedCellSize(24);
        table.setMinHeight(120);
        table.setId("throughput-table");
        // each column as wide as its header and its figures, the table scrolling sideways where the window is narrower
        // than all of them: squeezed to fit, the columns cut their headers or figures to "…" (and below their minimum
        // widths grow instead, several times too wide)
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("Service", e -> vm.serviceName(e.serviceId()), false, 135));
        table.getColumns().add(column("SKU", ThroughputEstimate::skuId, false, 100));
        for (ThroughputColumns.Column c : ThroughputColumns.COLUMNS) {
            double width = c.header().contains("tok/s") ? 80 : c.numeric() ? 60 : 85;
            table.getColumns().add(column(c.header(), c.cell(), c.numeric(), width));
        }
        table.setPlaceholder(new Label("Computed after the next recompute."));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, note, table);
        vm.throughput().addListener((javafx.collections.ListChangeListener<ThroughputEstimate>) c -> {
            columnsFitted = false;
            requestLayout();
            showSelected();
        });
        vm.selection().ids().addListener((javafx.beans.InvalidationListener) o -> showSelected());
        vm.selection().primaryProperty().addListener(o -> showSelected());
        showSelected();
    }

    @Override
    protected void layoutChildren() {
        if (!columnsFitted) {
            columnsFitted = ColumnWidths.fit(table);
        }
        super.layoutChildren();
    }

    /** Selects the rows of the selected services and scrolls to the first of them. */
    private void showSelected() {
        table.getSelectionModel().clearSelection();
        int first = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (vm.selected(table.getItems().get(i))) {
                table.getSelectionModel().select(i);
                first = first < 0 ? i : first;
            }
        }
        if (first >= 0) {
            table.scrollTo(first);
        }
    }

    private static TableColumn<ThroughputEstimate, String> column(String title,
                                                                Function<ThroughputEstimate, String> value,
                                                                boolean numeric, double width) {
        // two short header lines ("Out" over "tok/s/GPU") instead of one cut to "Ou…" in a narrow column
        int space = -1;
        for (int i = 0; i < title.length(); i++) {
            if (title.charAt(i) == ' ' && (space < 0 || Math.abs(i - title.length() / 2) < Math.abs(space - title.length() / 2))) {
                space = i;
            }
        }
        String header = title.length() > 5 && space > 0
                ? title.substring(0, space) + "\n" + title.substring(space + 1) : title;
        TableColumn<ThroughputEstimate, String> c = new TableColumn<>(header);
        int longest = java.util.Arrays.stream(header.split("\n")).mapToInt(String::length).max().orElse(0);
        c.setPrefWidth(Math.max(width, 7.5 * longest + 16));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (numeric) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        c.setSortable(false);
        return c;
    }
}
