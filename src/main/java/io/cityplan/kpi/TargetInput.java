package io.cityplan.kpi;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.source.CitationInput;

@Input("TargetInput")
@Description("A target as an editor sets it, with the passage that sets it; the dataset's rules apply to it.")
public record TargetInput(
        @NonNull @Description("The indicator's code, e.g. pm25-concentration.") String indicator,
        @Description("The region the target applies to (its administrative code); give exactly one of region, park and project.") String region,
        @Description("The park the target applies to (its code).") String park,
        @Description("The project the target applies to (its code).") String project,
        @Description("The plan whose key task sets the target (its code, e.g. sjz-capital-plan-2021); give it with task, or neither.") String plan,
        @Description("The number of the plan's key task that sets the target; give it with plan, or neither.") Integer task,
        @NonNull @Description("How the indicator must relate to the value.") Comparison comparator,
        @Description("What the value measures; LEVEL when left out. CHANGE needs baselineYear, DIFFERENCE referenceZh, PER_YEAR and TOTAL startYear.") FigureForm form,
        @NonNull @Description("The target value, exact, in `unit`.") BigDecimal value,
        @NonNull @Description("The unit as the document writes it; one of the dataset's units.") String unit,
        @Description("First year of the period the target covers, where it is a period (十四五: 2021); not after targetYear.") Integer startYear,
        @Description("The year by which the target is due.") int targetYear,
        @Description("The baseline value, where the document states it, in `unit`.") BigDecimal baselineValue,
        @Description("The baseline year a CHANGE is measured from, e.g. 2020; before targetYear.") Integer baselineYear,
        @Description("What a DIFFERENCE is measured from, in Chinese, e.g. 全省平均水平 (at most 200 characters).") String referenceZh,
        @Description("What a DIFFERENCE is measured from, in English (at most 200 characters).") String referenceEn,
        @Description("True when the document only strives for it (力争); false when left out.") Boolean aspirational,
        @Description("How an ambiguous wording was read, where it was (at most 2,000 characters).") String note,
        @NonNull @Description("The document and passage that set the target.") CitationInput citation) {
}
