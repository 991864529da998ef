/**
 * Domain-free helpers every feature uses: global ids and their lookup, keyset paging, the API's errors, languages,
 * batching, SQL text, caches and configuration. Nothing here knows a plan, a region or a figure.
 * <p>
 * One vocabulary for what names an object:
 * <ul>
 * <li>an <b>id</b> is a global id, the schema's {@code ID}: opaque to clients, the base64url of a type name and a key
 * ({@link io.cityplan.common.GlobalId});
 * <li>a <b>code</b> is an object's natural key as the schema shows it and filters take it: 130104,
 * zd-digital-economy-park,
 * sjz-capital-plan-2021 ({@link io.cityplan.common.Code} checks its form);
 * <li>a <b>key</b> is what a global id holds after its type name, and what a lookup takes
 * ({@link io.cityplan.common.NodeResolver.Lookup}): the object's code where it has one, else the key of its row (a
 * programme's or a task's, made of its plan's code and its number; a citation's), which no field shows.
 * </ul>
 */
package io.cityplan.common;
