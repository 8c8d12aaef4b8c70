package com.tokenfactory.core.result;

/**
 * One site, month by month.
 *
 * @param poweredMw        critical IT MW of halls that are powered on
 * @param facilityMw       average facility power drawn, MW
 * @param gridMw           the site's grid interconnect, MW (constant)
 */
public record SiteResult(
        String siteId,
        String name,
        double pue,
        double gridMw,
        Series gpusOnline,
        Series poweredMw,
        Series facilityMw,
        Series itMwh,
        Series facilityMwh,
        Series electricityCost,
        Series capexFacility,
        Series capexIt,
        Series opex) {
}
