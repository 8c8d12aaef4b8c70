package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The result year by year and over the horizon, the figures of the command line's {@code run} table. */
public final class YearlyTableView extends TableView<PeriodSummary> {
    /** Every row is this high, so the table can be exactly as tall as its rows: all of them show, no inner scroll. */
    static final double ROW_HEIGHT = 36;
    /** The column header and the table's border. */
    private static final double HEADER_HEIGHT = 48;
    private final ObservableList<PeriodSummary> rows = FXCollections.observableArrayList();
    private String currency = "USD";
    /** What each column's cells ask {@code tokenfactory explain}-style, by column title. */
    private static final java.util.Map<String, String> QUESTIONS = java.util.Map.of("CapEx", "capex", "Electricity",
            "electricity", "Revenue", "revenue", "Margin", "margin", "Cash flow", "cash flow", "Utilization",
            "utilization", "Cost/Mtok", "$/mtok", "Unserved", "unserved share");

    public YearlyTableView(ObservableValue<SimulationResult> result) {
        setId("yearly-table");
        setItems(rows);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Computing the plan…"));
        setFixedCellSize(ROW_HEIGHT);
        prefHeightProperty().bind(javafx.beans.binding.Bindings.size(rows)
                .map(n -> HEADER_HEIGHT + ROW_HEIGHT * Math.max(n.intValue(), 3)));
        minHeightProperty().bind(prefHeightProperty());
        TableColumn<PeriodSummary, String> year = column("Year", p -> p.label());
        year.setMinWidth(215); // "Horizon (2027-01 – 2031-12)" whole
        year.setPrefWidth(215);
        getColumns().add(year);
        getColumns().add(column("CapEx", p -> Numbers.moneyFigure(p.capex(), currency)));
        TableColumn<PeriodSummary, String> electricity = column("Electricity", p -> Numbers.energyMwh(p.electricityMwh())
                + " · " + Numbers.moneyFigure(p.electricityCost(), currency));
        electricity.setMinWidth(185); // "42,267 GWh · $3.6B" whole
        electricity.setPrefWidth(185);
        getColumns().add(electricity);
        getColumns().add(column("Revenue", p -> Numbers.moneyFigure(p.revenue(), currency)));
        getColumns().add(column("Margin", p -> Numbers.moneyFigure(p.margin(), currency)));
        getColumns().add(column("Cash flow", p -> Numbers.moneyFigure(p.cashFlow(), currency)));
        getColumns().add(column("Utilization", p -> Numbers.share(p.utilization())));
        getColumns().add(column("Cost/Mtok", p -> Numbers.moneyFigure(p.usdPerMillionTokens(), currency)));
        getColumns().add(column("Unserved", p -> Numbers.share(p.unservedShare())));
        result.addListener((o, was, now) -> show(now));
        show(result.getValue());
    }

    /**
     * Makes the figures traceable: a click on a cell, or Enter on the selected cell, asks {@code trace} to explain
     * it ("revenue Y2"; the horizon's row without a year).
     */
    public void onTrace(java.util.function.Consumer<String> trace) {
        getSelectionModel().setCellSelectionEnabled(true);
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 1) {
                question().ifPresent(trace);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                question().ifPresent(trace);
            }
        });
    }

    /** The question of the selected cell, if it holds a figure. */
    java.util.Optional<String> question() {
        var cells = getSelectionModel().getSelectedCells();
        if (cells.isEmpty() || cells.get(0).getTableColumn() == null || cells.get(0).getRow() < 0) {
            return java.util.Optional.empty();
        }
        String figure = QUESTIONS.get(cells.get(0).getTableColumn().getText());
        if (figure == null) {
            return java.util.Optional.empty();
        }
        int row = cells.get(0).getRow();
        return java.util.Optional.of(row < rows.size() - 1 ? figure + " Y" + (row + 1) : figure);
    }

    private void show(SimulationResult r) {
        if (r == null) {
            return;
        }
        boolean otherCurrency = !currency.equals(r.currency());
        currency = r.currency();
        List<PeriodSummary> all = new ArrayList<>(r.years());
        all.add(r.kpis().horizon());
        rows.setAll(all);
        if (otherCurrency) {
            refresh(); // a row equal to the one before keeps its cells, whose figures name the old currency
        }
    }

    private static TableColumn<PeriodSummary, String> column(String title, Function<PeriodSummary, String> value) {
        TableColumn<PeriodSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }
}
