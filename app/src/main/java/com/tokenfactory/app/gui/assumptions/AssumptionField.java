package com.tokenfactory.app.gui.assumptions;

import com.tokenfactory.app.gui.properties.FieldType;

import java.util.List;

/** One plan-wide assumption as the Assumptions view shows it: label, unit, group and how it is edited. */
public record AssumptionField(String group, String name, String label, FieldType type, String unit) {

    /** Every field of {@code Assumptions}, grouped, in the order the view shows them. */
    public static final List<AssumptionField> ALL = List.of(
            new AssumptionField("Money", "discountRate", "Discount rate (WACC)", FieldType.PERCENT, "%/yr"),
            new AssumptionField("Money", "bookLifeYears", "Book life of GPUs", FieldType.NUMBER, "years"),
            new AssumptionField("Money", "economicLifeYears", "Economic life of GPUs", FieldType.NUMBER, "years"),
            new AssumptionField("Money", "facilityLifeYears", "Life of halls", FieldType.NUMBER, "years"),
            new AssumptionField("Money", "opexUsdPerMwYear", "Operations (not electricity)", FieldType.NUMBER, "$/MW-yr"),
            new AssumptionField("Trends", "softwareEfficiencyGainPerYear", "Software efficiency gain", FieldType.PERCENT, "%/yr"),
            new AssumptionField("Trends", "tokenPriceDeclinePerYear", "Token price decline", FieldType.PERCENT, "%/yr"),
            new AssumptionField("Trends", "hardwarePerfPerDollarGainPerYear", "Hardware FLOP/s per $", FieldType.PERCENT, "%/yr"),
            new AssumptionField("Trends", "hardwareEnergyEfficiencyGainPerYear", "Hardware FLOP per joule", FieldType.PERCENT, "%/yr"),
            new AssumptionField("Fleet use", "planningHeadroom", "Planning headroom", FieldType.PERCENT, "% kept free"),
            new AssumptionField("Fleet use", "trainingMfu", "Training MFU", FieldType.PERCENT, "% of peak"),
            new AssumptionField("Fleet use", "usableHbmFraction", "Usable HBM", FieldType.PERCENT, "% of HBM"),
            new AssumptionField("Fleet use", "maxDecodeBatch", "Largest decode batch", FieldType.WHOLE, "sequences"),
            new AssumptionField("Power", "idlePowerFraction", "Idle GPU draw", FieldType.PERCENT, "% of all-in W"),
            new AssumptionField("Power", "computeBoundPowerFraction", "Compute-bound draw", FieldType.PERCENT, "% of all-in W"),
            new AssumptionField("Power", "memoryBoundPowerFraction", "Memory-bound draw", FieldType.PERCENT, "% of all-in W"),
            new AssumptionField("Roofline (without a calibration)", "computeEfficiency", "Compute efficiency", FieldType.PERCENT, "% of peak"),
            new AssumptionField("Roofline (without a calibration)", "memoryEfficiency", "Memory efficiency", FieldType.PERCENT, "% of peak"),
            new AssumptionField("Roofline (without a calibration)", "stepOverheadMs", "Step overhead", FieldType.NUMBER, "ms/step"),
            new AssumptionField("FP4 math (calibrated or not)", "fp4Efficiency", "FP4 efficiency", FieldType.PERCENT, "% of compute eff."),
            new AssumptionField("Serving software (calibrated or not)", "sequenceOverheadUs", "Host time per sequence", FieldType.NUMBER, "µs a step"),
            new AssumptionField("Mixture of experts (calibrated or not)", "expertEfficiency", "Expert efficiency", FieldType.PERCENT, "% of dense speed"),
            new AssumptionField("Tax and valuation", "taxRate", "Income tax rate", FieldType.PERCENT, "% of profit"),
            new AssumptionField("Tax and valuation", "facilityTaxLifeYears", "Tax life of halls", FieldType.NUMBER, "years"),
            new AssumptionField("Tax and valuation", "terminalGrowthPerYear", "Perpetuity growth", FieldType.PERCENT, "%/yr"),
            new AssumptionField("Cost of ownership", "itCapexExtraShare", "Networking, storage, spares", FieldType.PERCENT, "% of GPU price"),
            new AssumptionField("Cost of ownership", "facilitySoftCostShare", "Land and soft costs", FieldType.PERCENT, "% of hall cost"),
            new AssumptionField("Cost of ownership", "propertyTaxInsurancePerYear", "Property tax and insurance", FieldType.PERCENT, "% of book/yr"),
            new AssumptionField("Cost of ownership", "commissioningMonths", "Commissioning at half capacity", FieldType.WHOLE, "months"),
            new AssumptionField("Cost of ownership", "gpuAnnualFailureRate", "GPU failures", FieldType.PERCENT, "% a year"),
            new AssumptionField("Cost of ownership", "gpuRepairDays", "Repair time", FieldType.NUMBER, "days"),
            new AssumptionField("Cost of ownership", "receivablesDays", "Receivables", FieldType.NUMBER, "days of revenue"),
            new AssumptionField("Trends", "hardwarePowerPerGpuGainPerYear", "Hardware power per GPU", FieldType.PERCENT, "%/yr"));
}
