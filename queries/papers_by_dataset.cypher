// name: papers_by_dataset
// description: Papers that introduce, evaluate on, use or mention a dataset, oldest first.
// param name: Dataset - dataset name, e.g. ImageNet
MATCH (p:Paper)-[r:INTRODUCES|EVALUATED_ON|USES|MENTIONS]->(d:Dataset {name: $name})
RETURN p.id AS paper, p.title AS title, p.year AS year, type(r) AS relation
ORDER BY coalesce(p.year, 0), paper, relation
