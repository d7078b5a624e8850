// name: lineage
// description: Ancestors of a model over BUILDS_ON (up to 10 steps), with depth and the path walked.
// param name: Model - model name, e.g. GSPMD
MATCH p = (m:Model {name: $name})-[:BUILDS_ON*1..10]->(a:Model)
RETURN a.name AS ancestor, length(p) AS depth, [n IN nodes(p) | n.name] AS path
ORDER BY depth, ancestor
