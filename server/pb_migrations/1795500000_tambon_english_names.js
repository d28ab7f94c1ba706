/// <reference path="../pb_data/types.d.ts" />
// Place names in English next to the Thai ones, so an English-speaking user reads "Tambon Huai Haeng, Kaeng Khoi
// District, Saraburi Province" rather than Thai script. Empty where no English name is known (screens fall back to Thai).
migrate(
  (app) => {
    const tambons = app.findCollectionByNameOrId('tambons');
    tambons.fields.add(new TextField({ name: 'name_en', max: 200 }));
    tambons.fields.add(new TextField({ name: 'district_en', max: 200 }));
    tambons.fields.add(new TextField({ name: 'province_en', max: 200 }));
    app.save(tambons);
  },
  (app) => {
    const tambons = app.findCollectionByNameOrId('tambons');
    for (const name of ['name_en', 'district_en', 'province_en']) tambons.fields.removeByName(name);
    app.save(tambons);
  },
);
