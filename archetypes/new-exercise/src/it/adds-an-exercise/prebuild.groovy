// A copy of this kit to add the exercise to, and a folder outside any kit.
evaluate(new File(kitRoot, 'archetypes/copy-of-the-kit.groovy'))
