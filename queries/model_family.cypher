// name: model_family
// description: A root model and the models whose names contain its name (PaLM, Flan-PaLM, PaLM 2 for PaLM), with the first year a paper introduced each.
// param root: Model - root model name, e.g. PaLM
MATCH (r:Model {name: $root})
MATCH (m:Model)
WHERE toLower(m.name) CONTAINS toLower(r.name)
OPTIONAL MATCH (p:Paper)-[:INTRODUCES]->(m)
RETURN m.name AS model, min(p.year) AS first_year
ORDER BY model
