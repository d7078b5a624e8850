// name: model_family
// description: A root model and the models whose names contain its name (PaLM, Flan-PaLM, PaLM 2 for PaLM), each with its first year as the viewer shows it: the year of the paper introducing it, else the year it was first seen (dated_by says which).
// param root: Model - root model name, e.g. PaLM
MATCH (r:Model {name: $root})
MATCH (m:Model)
WHERE toLower(m.name) CONTAINS toLower(r.name)
OPTIONAL MATCH (p:Paper)-[:INTRODUCES]->(m)
WITH m, min(p.year) AS paper_year
OPTIONAL MATCH (q:Paper)-->(m)
WITH m, paper_year, min(q.year) AS named_year
WITH m, coalesce(toInteger(substring(m.date, 0, 4)), paper_year) AS introduced,
     coalesce(toInteger(substring(m.first_seen, 0, 4)), named_year) AS seen
RETURN m.name AS model, coalesce(introduced, seen) AS first_year,
       CASE WHEN introduced IS NOT NULL THEN 'introduced' WHEN seen IS NOT NULL THEN 'first seen' END AS dated_by
ORDER BY model
