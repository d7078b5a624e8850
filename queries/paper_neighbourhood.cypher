// name: paper_neighbourhood
// description: Everything linked to one paper (authors, topics, orgs, models, datasets, citations), with direction.
// param paper: Paper - a paper: its id in any spelling (2105.04663, arXiv:2105.04663, a DOI, an arXiv URL) or its title
MATCH (p:Paper {id: $paper})-[r]-(n)
RETURN type(r) AS relation, CASE WHEN startNode(r) = p THEN 'out' ELSE 'in' END AS direction,
       labels(n)[0] AS label, n.id AS id, n.name AS name
ORDER BY relation, direction, id
