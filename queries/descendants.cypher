// name: descendants
// description: The models that build on a model, directly or through others, over BUILDS_ON (up to 10 steps): each once, at its shortest depth, with one shortest path (a breadth-first walk that expands each model once), and the kind, score and generic flag of the link that reaches it.
// param name: Model - model name, e.g. GPipe
// empty: no model in the graph builds on {name} (no BUILDS_ON edge reaches it); kg lineage {name} also shows what it builds on
// One row per model reached, with its path, the kind (stated, name, inferred, candidate), score and generic
// flag of the BUILDS_ON edge that reaches it (the first step of its path), and whether the last step reached it first (fresh = 1). Each of the
// ten blocks below is one step: it follows the edges of the fresh models only, then groups by model: a model
// already reached keeps its path (fresh = 0); a new one takes one of its new paths (fresh = 1).
MATCH (m:Model {name: $name})
WITH m, m AS n, [m] AS p, 1 AS fresh
WITH m, n, p, CASE WHEN fresh = 1 THEN n END AS x
OPTIONAL MATCH (d:Model)-[:BUILDS_ON]->(x)
WITH m, n, p, collect(d) AS ds
UNWIND [[n, p, 0]] + [d IN ds | [d, [d] + p, 1]] AS e
WITH m, e[0] AS n, min(e[2]) AS fresh, collect(e) AS es
WITH m, n, fresh, [e IN es WHERE e[2] = fresh][0][1] AS p
WITH m, n, p, CASE WHEN fresh = 1 THEN n END AS x
OPTIONAL MATCH (d:Model)-[:BUILDS_ON]->(x)
WITH m, n, p, collect(d) AS ds
UNWIND [[n, p, 0]] + [d IN ds | [d, [d] + p, 1]] AS e
WITH m, e[0] AS n, min(e[2]) AS fresh, collect(e) AS es
WITH m, n, fresh, [e IN es WHERE e[2] = fresh][0][1] AS p
WITH m, n, p, CASE WHEN fresh = 1 THEN n END AS x
OPTIONAL MATCH (d:Model)-[:BUILDS_ON]->(x)
WITH m, n, p, collect(d) AS ds
UNWIND [[n, p, 0]] + [d IN ds | [d, [d] + p, 1]] AS e
WITH m, e[0] AS n, min(e[2]) AS fresh, collect(e) AS es
WITH m, n, fresh, [e IN es WHERE e[2] = fresh][0][1] AS p
WITH m, n, p, CASE WHEN fresh = 1 THEN n END AS x
OPTIONAL MATCH (d:Model)-[:BUILDS_ON]->(x)
WITH m, n, p, collect(d) AS ds
UNWIND [[n, p, 0]] + [d IN ds | [d, [d] + p, 1]] AS e
WITH m, e[0] AS n, min(e[2]) AS fresh, collect(e) AS es
WITH m, n, fresh, [e IN es WHERE e[2] = fresh][0][1] AS p
WITH m, n, p, CASE WHEN fresh = 1 THEN n END AS x
OPTIONAL MATCH (d:Model)-[:BUILDS_ON]->(x)
WITH m, n, p, collect(d) AS ds
UNWIND [[n, p, 0]] + [d IN ds | [d, [d] + p, 1]] AS e
WITH m, e[0] AS n, min(e[2]) AS fresh, collect(e) AS es
WITH m, n, fresh, [e IN es WHERE e[2] = fresh][0][1] AS p
WITH m, n, p, CASE WHEN fresh = 1 THEN n END AS x
OPTIONAL MATCH (d:Model)-[:BUILDS_ON]->(x)
WITH m, n, p, collect(d) AS ds
UNWIND [[n, p, 0]] + [d IN ds | [d, [d] + p, 1]] AS e
WITH m, e[0] AS n, min(e[2]) AS fresh, collect(e) AS es
WITH m, n, fresh, [e IN es WHERE e[2] = fresh][0][1] AS p
WITH m, n, p, CASE WHEN fresh = 1 THEN n END AS x
OPTIONAL MATCH (d:Model)-[:BUILDS_ON]->(x)
WITH m, n, p, collect(d) AS ds
UNWIND [[n, p, 0]] + [d IN ds | [d, [d] + p, 1]] AS e
WITH m, e[0] AS n, min(e[2]) AS fresh, collect(e) AS es
WITH m, n, fresh, [e IN es WHERE e[2] = fresh][0][1] AS p
WITH m, n, p, CASE WHEN fresh = 1 THEN n END AS x
OPTIONAL MATCH (d:Model)-[:BUILDS_ON]->(x)
WITH m, n, p, collect(d) AS ds
UNWIND [[n, p, 0]] + [d IN ds | [d, [d] + p, 1]] AS e
WITH m, e[0] AS n, min(e[2]) AS fresh, collect(e) AS es
WITH m, n, fresh, [e IN es WHERE e[2] = fresh][0][1] AS p
WITH m, n, p, CASE WHEN fresh = 1 THEN n END AS x
OPTIONAL MATCH (d:Model)-[:BUILDS_ON]->(x)
WITH m, n, p, collect(d) AS ds
UNWIND [[n, p, 0]] + [d IN ds | [d, [d] + p, 1]] AS e
WITH m, e[0] AS n, min(e[2]) AS fresh, collect(e) AS es
WITH m, n, fresh, [e IN es WHERE e[2] = fresh][0][1] AS p
WITH m, n, p, CASE WHEN fresh = 1 THEN n END AS x
OPTIONAL MATCH (d:Model)-[:BUILDS_ON]->(x)
WITH m, n, p, collect(d) AS ds
UNWIND [[n, p, 0]] + [d IN ds | [d, [d] + p, 1]] AS e
WITH m, e[0] AS n, min(e[2]) AS fresh, collect(e) AS es
WITH m, n, fresh, [e IN es WHERE e[2] = fresh][0][1] AS p
WITH n, p WHERE size(p) > 1
WITH n, p, p[1] AS c
MATCH (n)-[r:BUILDS_ON]->(c)
RETURN n.name AS descendant, size(p) - 1 AS depth, [x IN p | x.name] AS path, coalesce(r.kind, CASE WHEN r.inferred AND r.candidate THEN 'candidate' WHEN r.inferred THEN 'inferred'
       WHEN r.rule STARTS WITH 'name-' THEN 'name' ELSE 'stated' END) AS kind, r.score AS score,
       coalesce(r.generic, false) AS generic
ORDER BY depth, descendant
