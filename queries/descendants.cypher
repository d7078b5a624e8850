// name: descendants
// description: Models that build on a model over BUILDS_ON (up to 10 steps): each once, at its shortest depth, with one shortest path (a breadth-first walk, not every path).
// param name: Model - model name, e.g. GPipe
MATCH (m:Model {name: $name})
WITH reduce(walk = {seen: [m], front: [[m]], found: []}, step IN range(1, 10) |
  reduce(next = {seen: walk.seen, front: [], found: walk.found}, p IN walk.front |
    reduce(acc = next, d IN [x IN [head(p)] | [(d:Model)-[:BUILDS_ON]->(x) | d]][0] |
      CASE WHEN d IN acc.seen THEN acc
      ELSE {seen: acc.seen + [d], front: acc.front + [[d] + p], found: acc.found + [[d] + p]} END))) AS walk
UNWIND walk.found AS path
RETURN head(path).name AS descendant, size(path) - 1 AS depth, [n IN path | n.name] AS path
ORDER BY depth, descendant
