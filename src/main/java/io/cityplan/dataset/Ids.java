package io.cityplan.dataset;

import io.cityplan.dataset.DatasetFiles.PlanRecord;
import io.cityplan.dataset.DatasetFiles.Source;
import io.cityplan.dataset.DatasetFiles.TaskRecord;

/** Keys of the rows that the dataset files identify by position: programmes and tasks within their plan. */
final class Ids {

    private Ids() {
    }

    static String programme(String planCode, int ordinal) {
        return planCode + "/P" + ordinal;
    }

    static String task(String planCode, int ordinal) {
        return planCode + "/T" + ordinal;
    }

    /** A task is cited by its numbered heading, as the plan writes it ("4.现代化省会建设实现新突破"). */
    static Source taskSource(PlanRecord plan, TaskRecord task) {
        return new Source(plan.source().document(), task.ordinal() + "." + task.titleZh());
    }
}
