"""The incident map: a layout of region shapes or tiles read from the codebook (`layout`), counts of a
filtered incident set per region and per settlement (`counts`), and the two put together as one
drawing-ready structure for the SVG page and the JSON (`build`)."""
