// name: lineage
// description: Ancestors of a model over BUILDS_ON (up to 10 steps): each once, at its shortest depth, with one shortest path (a breadth-first walk, not every path).
// param name: Model - model name, e.g. GSPMD
MATCH (m:Model {name: $name})
WITH reduce(walk = {seen: [m], front: [[m]], found: []}, step IN range(1, 10) |
  reduce(next = {seen: walk.seen, front: [], found: walk.found}, p IN walk.front |
    reduce(acc = next, a IN [x IN [last(p)] | [(x)-[:BUILDS_ON]->(a:Model) | a]][0] |
      CASE WHEN a IN acc.seen THEN acc
      ELSE {seen: acc.seen + [a], front: acc.front + [p + [a]], found: acc.found + [p + [a]]} END))) AS walk
UNWIND walk.found AS path
RETURN last(path).name AS ancestor, size(path) - 1 AS depth, [n IN path | n.name] AS path
ORDER BY depth, ancestor
