// name: lineage_path
// description: The shortest BUILDS_ON chain between two models, either direction.
// param a: Model - first model name
// param b: Model - second model name
// empty: no chain of BUILDS_ON edges, in either direction, joins {a} and {b} in the graph; kg lineage {a} and kg lineage {b} show what each is joined to
MATCH (x:Model {name: $a})
MATCH (y:Model {name: $b})
MATCH p = shortestPath((x)-[:BUILDS_ON*..20]-(y))
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS path
