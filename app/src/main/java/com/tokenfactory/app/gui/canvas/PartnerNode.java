package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.core.plan.ContractKind;
import com.tokenfactory.core.plan.PartnerCloud;
import javafx.scene.control.Label;
import org.kordamp.ikonli.material2.Material2AL;

/** A partner cloud contract: provider, GPUs, price per GPU-hour and certifications. */
public final class PartnerNode extends ElementNode {
    public PartnerNode(PartnerCloud c, String currency, BuildOutAtMonth.Status status) {
        super(c.id(), ElementKind.PARTNER, "partner");
        Label name = title(Material2AL.CLOUD, c.provider());
        Label contract = line(c.name(), "element-subtitle");
        Label gpus = line(c.skuId() + " × " + Numbers.whole(c.gpus()) + " GPUs", "element-figures-strong");
        Label price = line(Numbers.price(c.usdPerGpuHour(), currency) + "/GPU-h · "
                + (c.kind() == ContractKind.COMMITTED ? "committed" : "on demand"), "element-figures");
        Label note = line(status.note(), "element-note");
        card.getChildren().addAll(name, contract, gpus, price, badges(c.certifications()), note);
        setPresence(status);
    }
}
