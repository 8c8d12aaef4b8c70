package com.tokenfactory.app.gui.assumptions;

import com.tokenfactory.app.format.Numbers;
import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Sourced;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The plan's hardware catalog: every SKU's figures, and for the selected SKU where each figure comes from. Rough
 * figures (street prices, analyst summaries) carry "≈" in the table and are marked in the sources.
 */
public final class CatalogView extends VBox {
    private final TableView<HardwareSku> table = new TableView<>();
    private final VBox sources = new VBox(4);

    public CatalogView(ObservableValue<Plan> plan) {
        super(8);
        getStyleClass().add("catalog");
        setPadding(new Insets(16));
        Label heading = new Label("Hardware catalog");
        heading.getStyleClass().add("section-title");
        Label note = new Label("Figures per GPU. ≈ marks a rough figure; select a SKU to see every figure's source.");
        note.getStyleClass().add("muted");
        table.setId("catalog-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("SKU", HardwareSku::id));
        table.getColumns().add(text("Name", HardwareSku::name));
        table.getColumns().add(figure("BF16 TFLOP/s", HardwareSku::bf16Tflops, 0));
        table.getColumns().add(figure("FP8 TFLOP/s", HardwareSku::fp8Tflops, 0));
        table.getColumns().add(figure("HBM GB", HardwareSku::hbmGb, 0));
        table.getColumns().add(figure("HBM TB/s", HardwareSku::hbmTbps, 2));
        table.getColumns().add(figure("GPU W", HardwareSku::gpuWatts, 0));
        table.getColumns().add(figure("All-in W", HardwareSku::allInWattsPerGpu, 0));
        table.getColumns().add(figure("Price $", HardwareSku::priceUsdPerGpu, 0));
        table.getColumns().add(text("Scale-up", s -> s.scaleUpGpus() + " GPUs"));
        table.getColumns().add(text("From", s -> s.firstAvailable().toString()));
        table.setPrefHeight(220);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showSources(now));
        plan.addListener((o, was, now) -> table.getItems().setAll(now.catalog()));
        table.getItems().setAll(plan.getValue().catalog());
        getChildren().addAll(heading, note, table, sources);
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    private void showSources(HardwareSku sku) {
        sources.getChildren().clear();
        if (sku == null) {
            return;
        }
        Label title = new Label("Sources for " + sku.name());
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        row = source(grid, row, "BF16 peak", sku.bf16Tflops(), "TFLOP/s");
        row = source(grid, row, "FP8 peak", sku.fp8Tflops(), "TFLOP/s");
        row = source(grid, row, "HBM", sku.hbmGb(), "GB");
        row = source(grid, row, "HBM bandwidth", sku.hbmTbps(), "TB/s");
        row = source(grid, row, "GPU power", sku.gpuWatts(), "W");
        row = source(grid, row, "All-in power", sku.allInWattsPerGpu(), "W per GPU");
        row = source(grid, row, "Price", sku.priceUsdPerGpu(), "$ per GPU");
        if (sku.rentalUsdPerGpuHour() != null) {
            row = source(grid, row, "Rental (reference)", sku.rentalUsdPerGpuHour(), "$ per GPU-hour");
        }
        Label avail = new Label(sku.firstAvailable() + ": " + sku.availabilitySource());
        avail.setWrapText(true);
        avail.getStyleClass().add("source");
        grid.add(new Label("First available"), 0, row);
        grid.add(avail, 1, row);
        sources.getChildren().addAll(title, grid);
    }

    private static int source(GridPane grid, int row, String label, Sourced s, String unit) {
        Label value = new Label(Numbers.plain(s.value(), 2) + " " + unit + (s.lowConfidence() ? "  (rough)" : ""));
        value.getStyleClass().add(s.lowConfidence() ? "rough" : "figure");
        Label source = new Label(s.source());
        source.setWrapText(true);
        source.getStyleClass().add("source");
        grid.add(new Label(label), 0, row);
        grid.add(new VBox(1, value, source), 1, row);
        return row + 1;
    }

    private static TableColumn<HardwareSku, String> text(String title, Function<HardwareSku, String> value) {
        TableColumn<HardwareSku, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<HardwareSku, String> figure(String title, Function<HardwareSku, Sourced> value, int decimals) {
        return text(title, s -> {
            Sourced f = value.apply(s);
            return (f.lowConfidence() ? "≈ " : "") + Numbers.plain(f.value(), decimals);
        });
    }
}
