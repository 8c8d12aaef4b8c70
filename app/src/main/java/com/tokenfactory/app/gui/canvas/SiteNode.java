package com.tokenfactory.app.gui.canvas;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.plan.ElementKind;
import com.tokenfactory.core.plan.Site;
import javafx.scene.control.Label;
import org.kordamp.ikonli.material2.Material2AL;

/** A site: its name, region, certifications, grid and PUE. */
public final class SiteNode extends ElementNode {
    public SiteNode(Site site, BuildOutAtMonth.Status status) {
        super(site.id(), ElementKind.SITE, "site");
        Label name = title(Material2AL.DOMAIN, site.name());
        Label region = line(site.region(), "element-subtitle");
        Label power = line("Grid " + Numbers.plain(site.gridMw(), 0) + " MW · PUE " + Numbers.plain(site.pue(), 2)
                + " · " + Numbers.plain(site.electricityUsdPerMwh(), 1) + " $/MWh", "element-figures");
        Label note = line(status.note(), "element-note");
        card.getChildren().addAll(name, region, badges(site.certifications()), power, note);
        setPresence(status);
    }
}
