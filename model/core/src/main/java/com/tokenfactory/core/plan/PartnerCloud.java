package com.tokenfactory.core.plan;

import java.time.YearMonth;
import java.util.SortedSet;

/**
 * Capacity rented from another cloud.
 *
 * @param provider         the partner cloud's name
 * @param skuId            the GPU type rented
 * @param gpus             GPUs under contract (committed) or the most that can be rented (on demand)
 * @param usdPerGpuHour    price per GPU-hour
 * @param start            first month of the term
 * @param termMonths       length of the term
 * @param certifications   compliance the partner's capacity holds
 * @param leadTimeMonths   months between signing and first capacity
 */
public record PartnerCloud(
        String id,
        String name,
        String provider,
        String skuId,
        int gpus,
        double usdPerGpuHour,
        YearMonth start,
        int termMonths,
        ContractKind kind,
        SortedSet<String> certifications,
        int leadTimeMonths,
        String region,
        String source) {

    public PartnerCloud {
        id = Check.id(id, "id");
        name = Check.text(name, "name");
        provider = Check.text(provider, "provider");
        skuId = Check.id(skuId, "skuId");
        Check.between(gpus, 1, 10_000_000, "gpus");
        Check.between(usdPerGpuHour, 0, 10_000, "usdPerGpuHour");
        Check.month(start, "start");
        Check.between(termMonths, 1, 240, "termMonths");
        Check.present(kind, "kind");
        certifications = Check.labels(certifications, "certifications");
        Check.between(leadTimeMonths, 0, 60, "leadTimeMonths");
        region = Check.optionalText(region);
        source = Check.boundedText(source, "source");
    }

    /** First month after the term. */
    public YearMonth end() {
        return start.plusMonths(termMonths);
    }

    public boolean activeIn(YearMonth month) {
        return !month.isBefore(start) && month.isBefore(end());
    }

    /** The last month the contract can be signed and still deliver on its start. */
    public YearMonth signBy() {
        return start.minusMonths(leadTimeMonths);
    }
}
