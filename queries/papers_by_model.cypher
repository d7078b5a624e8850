// name: papers_by_model
// description: Papers that introduce, use, compare with or mention a model, oldest first.
// param name: Model - model name
MATCH (p:Paper)-[r:INTRODUCES|USES|COMPARES_WITH|MENTIONS]->(m:Model {name: $name})
RETURN p.id AS paper, p.title AS title, p.year AS year, type(r) AS relation
ORDER BY coalesce(p.year, 0), paper, relation
