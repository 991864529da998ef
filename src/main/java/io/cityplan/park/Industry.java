package io.cityplan.park;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An industry a park focuses on, as a document names it.")
public record Industry(
        @NonNull @Description("Name in Chinese, as the document writes it.") String nameZh,
        @NonNull @Description("Name in English.") String nameEn) {
}
