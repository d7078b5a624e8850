// name: descendants
// description: Models that build on a model over BUILDS_ON (up to 10 steps), with depth and path.
// param name: Model - model name, e.g. GPipe
MATCH p = (d:Model)-[:BUILDS_ON*1..10]->(m:Model {name: $name})
RETURN d.name AS descendant, length(p) AS depth, [n IN nodes(p) | n.name] AS path
ORDER BY depth, descendant
