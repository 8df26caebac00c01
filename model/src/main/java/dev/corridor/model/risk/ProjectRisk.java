package dev.corridor.model.risk;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * The whole project over the iterations of a risk analysis.
 *
 * @param finish the period after the last stage's last worked one, as a plan's makespan counts it
 * @param finishDates the finish percentiles as dates; null for a dataset without a start date
 * @param cost what the stages cost, in the dataset's money unit
 * @param npv the net present value, each scenario financed at least cost; null without tranches
 */
public record ProjectRisk(Percentiles finish, @JsonInclude(Include.NON_NULL) PercentileDates finishDates, Percentiles cost,
        @JsonInclude(Include.NON_NULL) Percentiles npv) {
}
