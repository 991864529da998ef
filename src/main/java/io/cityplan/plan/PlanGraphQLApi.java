package io.cityplan.plan;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class PlanGraphQLApi {
    @Query
    public String hello() {
        return "hi";
    }
}
