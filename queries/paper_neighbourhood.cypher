// name: paper_neighbourhood
// description: Everything linked to one paper (authors, topics, orgs, models, datasets, citations), with direction.
// param paper: str - paper id (paper:arxiv:2105.04663), else an exact title
OPTIONAL MATCH (byid:Paper {id: $paper})
OPTIONAL MATCH (bytitle:Paper {title: $paper})
WITH DISTINCT coalesce(byid, bytitle) AS p
WHERE p IS NOT NULL
MATCH (p)-[r]-(n)
RETURN type(r) AS relation, CASE WHEN startNode(r) = p THEN 'out' ELSE 'in' END AS direction,
       labels(n)[0] AS label, n.id AS id, n.name AS name
ORDER BY relation, direction, id
