package io.cityplan.dataset;

import java.util.List;

/** The dataset files cannot be loaded; each problem names its file and record. */
public class DatasetException extends RuntimeException {

    private final List<String> problems;

    DatasetException(List<String> problems) {
        super("The dataset has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
