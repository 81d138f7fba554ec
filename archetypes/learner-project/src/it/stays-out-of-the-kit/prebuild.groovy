// A copy of this kit to try to generate a class project in.
evaluate(new File(kitRoot, 'archetypes/copy-of-the-kit.groovy'))
