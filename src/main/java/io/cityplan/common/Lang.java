package io.cityplan.common;

import org.eclipse.microprofile.graphql.Description;

@Description("A language for the fields that come in both: `name`, `title`, `summary` and `aim`.")
public enum Lang {
    @Description("Chinese, the language of the source documents.")
    ZH,
    @Description("English: our translations and summaries.")
    EN;
}
